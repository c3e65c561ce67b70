import GavelIcon from '@mui/icons-material/Gavel';
import Button from '@mui/material/Button';
import { useTranslate } from 'react-admin';
import { useMe } from './useMe';

/** "#/penalties/create?source=…": the propose form with the merchant (and ground) pre-filled. */
export const proposePenaltyHref = (source: Record<string, unknown>) => `#/penalties/create?source=${encodeURIComponent(JSON.stringify(source))}`;

/** For a merchant page: propose a penalty against this merchant. */
export const ProposePenaltyLink = ({ merchantId }: { merchantId: string }) => {
    const translate = useTranslate();
    const me = useMe();
    if (!me.can('penalties', 'create')) return null;
    return (
        <Button size="small" startIcon={<GavelIcon />} href={proposePenaltyHref({ merchantId })}>
            {translate('penalties.actions.propose_for_merchant')}
        </Button>
    );
};
