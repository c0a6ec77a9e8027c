import { useState } from 'react';
import { canManageTeam } from '../../../../shared/domain/roles';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { useSessionStore } from '../../stores/session-store';
import { useUsersStore } from '../../stores/users-store';
import { SigningKeyCard } from '../keys/SigningKeyCard';
import { TrustedCertificatesCard } from '../keys/TrustedCertificatesCard';
import { AddMemberForm } from './AddMemberForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MemberTable } from './MemberTable';
import { NewRecoveryKeyCard } from './NewRecoveryKeyCard';
import { ScreenMessages } from '../../components/ScreenMessages';

/** The team: owners administer it and its trusted certificates; everyone manages their own password and signing key. */
export function TeamScreen() {
  const members = useUsersStore((state) => state.members);
  const load = useUsersStore((state) => state.load);
  const role = useSessionStore((state) => state.status?.user?.role);
  const [error] = useScreenLoad(load);
  const [notice, setNotice] = useState('');
  const manage = role !== undefined && canManageTeam(role);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Team</h1>
        {!manage && <span className="muted small">Only an owner can change the team.</span>}
      </div>
      <ScreenMessages error={error} notice={notice} />
      <div className="stack">
        <NewRecoveryKeyCard />
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          {members ? <MemberTable members={members} manage={manage} onNotice={setNotice} /> : <p className="muted">Loading…</p>}
        </section>
        <div className="two-columns">
          {manage ? <AddMemberForm onNotice={setNotice} /> : <div />}
          <ChangePasswordForm onNotice={setNotice} />
        </div>
        <SigningKeyCard onNotice={setNotice} />
        {manage && <TrustedCertificatesCard onNotice={setNotice} />}
      </div>
    </>
  );
}
