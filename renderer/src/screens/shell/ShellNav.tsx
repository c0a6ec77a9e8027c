import { SCREENS, SCREEN_LABELS, useNavStore } from '../../stores/nav-store';

export function ShellNav() {
  const screen = useNavStore((state) => state.screen);
  const go = useNavStore((state) => state.go);
  return (
    <nav className="shell-nav" aria-label="Main">
      <ul>
        {SCREENS.map((item) => (
          <li key={item}>
            <button
              type="button"
              className="nav-link"
              aria-current={item === screen ? 'page' : undefined}
              onClick={() => go(item)}
            >
              {SCREEN_LABELS[item]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
