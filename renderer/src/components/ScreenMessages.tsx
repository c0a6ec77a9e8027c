/**
 * A screen's two message lines: a refusal announced at once (alert), and a confirmation announced
 * politely (status). The status line stays in the page while empty so screen readers keep listening.
 */
export function ScreenMessages({ error, notice }: { error: string | null | undefined; notice: string | null | undefined }) {
  return (
    <>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <p className={notice ? 'message message-success' : 'visually-hidden'} role="status">
        {notice}
      </p>
    </>
  );
}
