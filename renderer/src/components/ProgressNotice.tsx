interface ProgressNoticeProps {
  label: string;
  /** 0…1 when the core reports how far it has got; absent while it has not said. */
  fraction?: number | undefined;
}

/** Shown for work that may take more than a moment, so nobody wonders whether anything is happening. */
export function ProgressNotice({ label, fraction }: ProgressNoticeProps) {
  return (
    <div className="progress message" role="status">
      <span>{label}</span>
      {fraction === undefined ? <progress aria-label={label} /> : <progress aria-label={label} max={1} value={fraction} />}
    </div>
  );
}
