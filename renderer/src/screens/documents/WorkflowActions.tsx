import { useState } from 'react';
import type { DocumentDetail } from '../../../../shared/api/documents-types';
import type { SessionUser } from '../../../../shared/api/types';
import { messageOf } from '../../api/field-errors';
import { GuardedButton } from '../../components/GuardedButton';
import { useDocumentsStore } from '../../stores/documents-store';
import { ExportPdfDialog } from './ExportPdfDialog';
import { ReturnToDraftDialog } from './ReturnToDraftDialog';
import { SendForReviewDialog } from './SendForReviewDialog';
import { SignDialog } from './SignDialog';
import { AUTHOR_ONLY, latestVersion, mayAuthor, mayReturnToDraft, signOptions, waitingSummary, type SignMeaning } from './workflow-view';

type OpenDialog = 'send' | 'return' | 'export' | SignMeaning | null;

interface WorkflowActionsProps {
  detail: DocumentDetail;
  user: SessionUser;
  onNotice: (text: string) => void;
}

/** What can be done with the newest version now, by this person; what cannot is shown with the reason. */
export function WorkflowActions({ detail, user, onNotice }: WorkflowActionsProps) {
  const startRevision = useDocumentsStore((state) => state.startRevision);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = latestVersion(detail);
  if (!latest) return null;
  const options = latest.state === 'in_review' ? signOptions(latest, user) : [];
  const waiting = latest.state === 'in_review' ? waitingSummary(latest) : null;
  const authorRefusal = mayAuthor(user) ? null : AUTHOR_ONLY;
  const done = (text: string) => {
    setDialog(null);
    onNotice(text);
  };

  async function newVersion() {
    setError(null);
    try {
      await startRevision(detail.id);
      onNotice(`v${latest ? latest.version + 1 : ''} was started as a draft.`);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  const signOption = options.find((o) => o.meaning === dialog);
  return (
    <div className="workflow-actions">
      <div className="button-row actions-row">
        {latest.state === 'draft' && (
          <GuardedButton primary reason={authorRefusal} onClick={() => setDialog('send')}>
            Send for review…
          </GuardedButton>
        )}
        {options.map((option) => (
          <GuardedButton key={option.meaning} primary reason={option.reason} onClick={() => setDialog(option.meaning)}>
            Sign as {option.meaning === 'reviewed' ? 'reviewer' : 'approver'}…
          </GuardedButton>
        ))}
        {latest.state === 'in_review' && mayReturnToDraft(latest, user) && (
          <GuardedButton reason={null} onClick={() => setDialog('return')}>
            Return to draft…
          </GuardedButton>
        )}
        {latest.state === 'approved' && (
          <GuardedButton primary reason={authorRefusal} onClick={() => void newVersion()}>
            Start new version
          </GuardedButton>
        )}
        <GuardedButton reason={null} onClick={() => setDialog('export')}>
          Export PDF…
        </GuardedButton>
      </div>
      {waiting && (
        <p className="muted small" data-testid="review-waiting">
          v{latest.version} is in review. {waiting}
        </p>
      )}
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {dialog === 'send' && <SendForReviewDialog version={latest} docKey={detail.docKey} user={user} onClose={() => setDialog(null)} onDone={done} />}
      {signOption && <SignDialog docKey={detail.docKey} version={latest} option={signOption} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'return' && <ReturnToDraftDialog docKey={detail.docKey} version={latest} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'export' && <ExportPdfDialog detail={detail} user={user} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}
