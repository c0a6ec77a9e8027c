import { NAV_GROUPS, SCREEN_LABELS, useNavStore } from '../../stores/nav-store';

/** The main navigation, in labelled groups so a long list stays scannable by eye and by screen reader. */
export function ShellNav() {
  const screen = useNavStore((state) => state.screen);
  const go = useNavStore((state) => state.go);
  return (
    <nav className="shell-nav" aria-label="Main">
      {NAV_GROUPS.map((group, index) => (
        <div key={group.label} className="nav-group">
          <h2 className="nav-group-label" id={`nav-group-${index}`}>
            {group.label}
          </h2>
          <ul aria-labelledby={`nav-group-${index}`}>
            {group.screens.map((item) => (
              <li key={item}>
                <button type="button" className="nav-link" aria-current={item === screen ? 'page' : undefined} onClick={() => go(item)}>
                  {SCREEN_LABELS[item]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
