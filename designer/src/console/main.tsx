import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionTokenStore } from '../registry/token-store';
import { ConsoleApp } from './ConsoleApp';
import '../theme/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('console/index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ConsoleApp tokens={sessionTokenStore()} />
  </StrictMode>,
);
