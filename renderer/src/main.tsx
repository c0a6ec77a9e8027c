import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/lists.css';
import './styles/audit.css';
import './styles/documents.css';
import './styles/document-tools.css';
import './styles/product.css';
import './styles/software.css';
import './styles/architecture.css';
import './styles/requirements.css';
import './styles/plan.css';
import './styles/walk.css';
import './styles/trace.css';
import './styles/qms.css';
import './styles/risk.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
