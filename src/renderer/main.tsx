import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppDataProvider } from './app-data';
import { theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    {/* 'auto' follows the system's light or dark setting, as the desktop around the app does. */}
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <AppDataProvider>
        <App />
      </AppDataProvider>
    </MantineProvider>
  </StrictMode>,
);
