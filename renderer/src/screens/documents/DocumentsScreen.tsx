import { useNavStore } from '../../stores/nav-store';
import { DocumentDetailScreen } from './DocumentDetailScreen';
import { DocumentListScreen } from './DocumentListScreen';

/** The Documents area: the list, or one document opened from it. */
export function DocumentsScreen() {
  const documentId = useNavStore((state) => state.documentId);
  return documentId === null ? <DocumentListScreen /> : <DocumentDetailScreen key={documentId} documentId={documentId} />;
}
