import { Dialog } from '../../components/Dialog';
import { downloadBase64Pdf, downloadJson } from '../../files/download';
import { useDocumentsExportStore } from '../../stores/documents-export-store';
import { useSessionStore } from '../../stores/session-store';
import { ExportForm } from './ExportForm';
import { pdfSignRefusal } from './workflow-view';

interface TechnicalFileDialogProps {
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** Every approved document as one PDF, plus the manifest that lists them, as two downloads. */
export function TechnicalFileDialog({ onClose, onDone }: TechnicalFileDialogProps) {
  const user = useSessionStore((state) => state.status?.user);
  const exportTechnicalFile = useDocumentsExportStore((state) => state.exportTechnicalFile);
  const running = useDocumentsExportStore((state) => state.running);
  return (
    <Dialog
      title="Export the technical file"
      description="The index of required elements (as under Technical file contents), then every approved document in its order, in one PDF with one table of contents; and a manifest (JSON) listing each document, version, content SHA-256 and signatures."
      onClose={() => running === null && onClose()}
    >
      <ExportForm
        method="documents.exportTechnicalFile"
        input={() => ({})}
        signRefusal={user ? pdfSignRefusal(user) : 'Sign in first.'}
        signMeaning="By entering your password you sign the technical file as issued by you."
        submitLabel="Export technical file"
        onCancel={onClose}
        onDone={onDone}
        onExport={async (input) => {
          const result = await exportTechnicalFile(input);
          downloadBase64Pdf(result.pdf.fileName, result.pdf.base64);
          downloadJson(result.pdf.fileName.replace(/\.pdf$/, '.manifest.json'), result.manifest);
          const count = result.manifest.documents.length;
          return `${result.pdf.fileName} (${count} ${count === 1 ? 'document' : 'documents'}${result.pdf.signed ? ', signed' : ''}) and its manifest were downloaded.`;
        }}
      />
    </Dialog>
  );
}
