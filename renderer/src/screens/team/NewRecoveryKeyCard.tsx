import { RecoveryKeyCard } from '../../components/RecoveryKeyCard';
import { useUsersStore } from '../../stores/users-store';

/** After a deactivation replaced the project key: the new recovery key, shown this once to the owner who deactivated. */
export function NewRecoveryKeyCard() {
  const replaced = useUsersStore((state) => state.replacedKey);
  const forget = useUsersStore((state) => state.forgetReplacedKey);
  if (!replaced) return null;
  return (
    <RecoveryKeyCard title="New recovery key" recoveryKey={replaced.recoveryKey} onStored={forget}>
      Deactivating {replaced.memberName} gave this project file a new key: their password, the previous key and the previous recovery key no longer open it, and every active
      member’s password still does. This recovery key replaces the previous one. Cairn shows it this once and keeps no copy: print it or put it in your company’s safe keeping now,
      and destroy the previous one.
    </RecoveryKeyCard>
  );
}
