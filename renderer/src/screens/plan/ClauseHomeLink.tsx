import type { ClauseScreen } from '../../../../shared/regulatory/clause-homes';
import { useNavStore } from '../../stores/nav-store';

/** Takes the team from a clause to the screen where its work is recorded. */
export function ClauseHomeLink({ clause, area, screen }: { clause: string; area: string; screen: ClauseScreen }) {
  const go = useNavStore((state) => state.go);
  return (
    <>
      {' '}
      <button type="button" className="button button-quiet button-small" onClick={() => go(screen)}>
        Open {area}
        <span className="visually-hidden"> for clause {clause}</span>
      </button>
    </>
  );
}
