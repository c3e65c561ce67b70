import { useGetIdentity } from 'react-admin';
import { canRole, type Role } from '../domain';

/** The signed-in operator and what the role table lets them do (the server enforces it too). */
export const useMe = () => {
    const { identity } = useGetIdentity();
    const role = (identity?.role ?? null) as Role | null;
    return { id: (identity?.id as string | undefined) ?? null, role, can: (resource: string, action: string) => canRole(role, resource, action) };
};
