import type { Operator } from '../../src/domain';
import type { Database } from '../core/db';

/** The demo accounts listed on the login page: two finance officers so four eyes can be tried. */
export const DEMO_OPERATORS: Operator[] = [
    { id: 'op-compliance', username: 'li.na', name: '李娜', nameEn: 'Li Na', role: 'compliance', email: 'li.na@tradeward.example', active: true },
    { id: 'op-service', username: 'wang.fang', name: '王芳', nameEn: 'Wang Fang', role: 'customer_service', email: 'wang.fang@tradeward.example', active: true },
    { id: 'op-finance-a', username: 'zhang.wei', name: '张伟', nameEn: 'Zhang Wei', role: 'finance', email: 'zhang.wei@tradeward.example', active: true },
    { id: 'op-finance-b', username: 'liu.yang', name: '刘洋', nameEn: 'Liu Yang', role: 'finance', email: 'liu.yang@tradeward.example', active: true },
    { id: 'op-supervisor', username: 'chen.jing', name: '陈静', nameEn: 'Chen Jing', role: 'supervisor', email: 'chen.jing@tradeward.example', active: true },
];

/** Every demo account signs in with this password in mock mode. */
export const DEMO_PASSWORD = 'demo';

export const seedOperators = (db: Database) => db.load('operators', DEMO_OPERATORS.map(o => ({ ...o })));
