import { useState } from 'react';
import type { DocumentDetail } from '../../../../shared/api/documents-types';
import type { SessionUser } from '../../../../shared/api/types';
import { STATE_LABELS } from '../../../../shared/documents/control';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { downloadBase64Pdf } from '../../files/download';
import { useDocumentsExportStore } from '../../stores/documents-export-store';
import { ExportForm } from './ExportForm';
import { approvedVersionOf, latestVersion, pdfSignRefusal } from './workflow-view';

interface ExportPdfDialogProps {
  detail: DocumentDetail;
  user: SessionUser;
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** One version as a PDF download, unsigned or with the exporter's embedded signature. */
export function ExportPdfDialog({ detail, user, onClose, onDone }: ExportPdfDialogProps) {
  const exportDocument = useDocumentsExportStore((state) => state.exportDocument);
  const running = useDocumentsExportStore((state) => state.running);
  // The approved version is what people usually send out; a draft can still be printed for reading.
  const preferred = approvedVersionOf(detail.versions) ?? latestVersion(detail);
  const [version, setVersion] = useState(String(preferred?.version ?? 1));
  const options = [...detail.versions].reverse().map((v) => ({ value: String(v.version), label: `v${v.version} (${STATE_LABELS[v.state].toLowerCase()})` }));
  return (
    <Dialog
      title={`Export ${detail.docKey} as PDF`}
      description="The PDF carries the cover, the document control table with every signature, the revision history and the content."
      onClose={() => running === null && onClose()}
    >
      <ExportForm
        method="documents.exportPdf"
        input={() => ({ documentId: detail.id, version: Number(version) })}
        signRefusal={pdfSignRefusal(user)}
        signMeaning="By entering your password you sign this PDF as issued by you."
        submitLabel="Export PDF"
        onCancel={onClose}
        onDone={onDone}
        onExport={async (input) => {
          const pdf = await exportDocument(input);
          downloadBase64Pdf(pdf.fileName, pdf.base64);
          return `${pdf.fileName} was downloaded${pdf.signed ? ', signed by you' : ''} (${Math.ceil(pdf.bytes / 1024)} kB).`;
        }}
      >
        <SelectField label="Version" options={options} name="version" value={version} error={undefined} onChange={setVersion} />
      </ExportForm>
    </Dialog>
  );
}
