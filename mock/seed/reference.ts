// Realistic reference data for the bilingual demo seed.
export const PROVINCES: Array<{ zh: string; en: string; code: string; cities: string[] }> = [
    { zh: '广东省', en: 'Guangdong', code: '440300', cities: ['深圳市', '广州市', '东莞市', '佛山市'] },
    { zh: '浙江省', en: 'Zhejiang', code: '330100', cities: ['杭州市', '宁波市', '义乌市', '温州市'] },
    { zh: '江苏省', en: 'Jiangsu', code: '320500', cities: ['苏州市', '南京市', '无锡市', '常州市'] },
    { zh: '上海市', en: 'Shanghai', code: '310115', cities: ['上海市'] },
    { zh: '北京市', en: 'Beijing', code: '110105', cities: ['北京市'] },
    { zh: '福建省', en: 'Fujian', code: '350200', cities: ['厦门市', '福州市', '泉州市'] },
    { zh: '山东省', en: 'Shandong', code: '370200', cities: ['青岛市', '济南市', '烟台市'] },
    { zh: '河北省', en: 'Hebei', code: '130100', cities: ['石家庄市', '保定市'] },
    { zh: '四川省', en: 'Sichuan', code: '510100', cities: ['成都市', '绵阳市'] },
    { zh: '湖北省', en: 'Hubei', code: '420100', cities: ['武汉市', '宜昌市'] },
];

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
export const SURNAMES_EN: Record<string, string> = {
    王: 'Wang', 李: 'Li', 张: 'Zhang', 刘: 'Liu', 陈: 'Chen', 杨: 'Yang', 黄: 'Huang', 赵: 'Zhao', 吴: 'Wu', 周: 'Zhou',
    徐: 'Xu', 孙: 'Sun', 马: 'Ma', 朱: 'Zhu', 胡: 'Hu', 郭: 'Guo', 何: 'He', 林: 'Lin', 罗: 'Luo', 高: 'Gao',
};
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '海燕', '晓东', '丽华'];

/** Trade-name stems: Chinese, English. */
export const TRADE_NAMES: Array<[string, string]> = [
    ['华锐', 'Huarui'], ['远航', 'Yuanhang'], ['金桥', 'Jinqiao'], ['恒通', 'Hengtong'], ['新启', 'Xinqi'], ['鼎盛', 'Dingsheng'],
    ['博雅', 'Boya'], ['海纳', 'Haina'], ['宏达', 'Hongda'], ['瑞丰', 'Ruifeng'], ['星辰', 'Xingchen'], ['汇智', 'Huizhi'],
    ['东方', 'Dongfang'], ['长城', 'Changcheng'], ['丝路', 'Silu'], ['天工', 'Tiangong'], ['锦程', 'Jincheng'], ['银河', 'Yinhe'],
    ['嘉禾', 'Jiahe'], ['优品', 'Youpin'], ['精工', 'Jinggong'], ['百川', 'Baichuan'], ['晨光', 'Chenguang'], ['安泰', 'Antai'],
];

export const TRADE_LINES: Array<[string, string, string]> = [
    ['电子科技', 'Electronic Technology', 'consumer electronics, components'],
    ['纺织品进出口', 'Textile Import & Export', 'textiles, garments'],
    ['五金制品', 'Hardware Products', 'hardware, tools'],
    ['家居用品', 'Home Goods', 'household goods, furniture'],
    ['机械设备', 'Machinery & Equipment', 'industrial machinery'],
    ['照明电器', 'Lighting & Electrical', 'LED lighting, electrical fittings'],
    ['日用化工', 'Daily Chemicals', 'cosmetics, cleaning products'],
    ['户外用品', 'Outdoor Products', 'camping and sports goods'],
    ['包装材料', 'Packaging Materials', 'paper and plastic packaging'],
    ['汽车配件', 'Auto Parts', 'vehicle spare parts'],
];

export const CATEGORY_DEFS: Array<{ code: string; zh: string; en: string; cny: number; usd: number }> = [
    { code: 'ELEC', zh: '消费电子', en: 'Consumer electronics', cny: 2_000_000, usd: 400_000 },
    { code: 'APPL', zh: '服装纺织', en: 'Apparel & textiles', cny: 1_000_000, usd: 200_000 },
    { code: 'HOME', zh: '家居园艺', en: 'Home & garden', cny: 1_000_000, usd: 200_000 },
    { code: 'MACH', zh: '机械设备', en: 'Machinery', cny: 1_500_000, usd: 300_000 },
    { code: 'BEAU', zh: '美妆个护', en: 'Beauty & personal care', cny: 3_000_000, usd: 500_000 },
    { code: 'TOYS', zh: '玩具母婴', en: 'Toys & baby', cny: 2_500_000, usd: 400_000 },
    { code: 'AUTO', zh: '汽车配件', en: 'Auto parts', cny: 1_000_000, usd: 200_000 },
    { code: 'SPRT', zh: '运动户外', en: 'Sports & outdoors', cny: 1_000_000, usd: 200_000 },
    { code: 'LGHT', zh: '照明电工', en: 'Lighting & electrical', cny: 1_200_000, usd: 250_000 },
    { code: 'PACK', zh: '包装印刷', en: 'Packaging & printing', cny: 1_000_000, usd: 200_000 },
];

export const AUTHORITIES: Record<string, string> = {
    广东省: '深圳市市场监督管理局',
    浙江省: '杭州市市场监督管理局',
    江苏省: '苏州市市场监督管理局',
    上海市: '上海市浦东新区市场监督管理局',
    北京市: '北京市朝阳区市场监督管理局',
    福建省: '厦门市市场监督管理局',
    山东省: '青岛市市场监督管理局',
    河北省: '石家庄市市场监督管理局',
    四川省: '成都市市场监督管理局',
    湖北省: '武汉市市场监督管理局',
};

export const STREETS = ['科技园南路', '滨江大道', '人民路', '中山路', '解放大道', '建设路', '工业大道', '金融街', '创业路', '港湾大道'];
