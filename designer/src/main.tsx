import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDesignerDatabase } from './persistence/database';
import { createDesignerStore } from './store';
import './theme/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// One store and one database per page, created here and handed down: no module singletons.
const store = createDesignerStore();
const database = openDesignerDatabase();

createRoot(container).render(
  <StrictMode>
    <App store={store} database={database} />
  </StrictMode>,
);
