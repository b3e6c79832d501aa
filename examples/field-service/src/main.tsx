import { registerSW } from 'virtual:pwa-register';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

// The service worker precaches the app shell, so a reload with no network still opens the app.
registerSW({ immediate: true });

// No StrictMode: its double-run effects would open the device's database twice at start.
createRoot(document.getElementById('root')!).render(<App />);
