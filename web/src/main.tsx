import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enGB from 'antd/locale/en_GB';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { AppRoutes } from './routes';
import { theme } from './theme';
import './styles.css';

dayjs.locale('en-gb');

const queryClient = createQueryClient();

/** Pop-ups open inside <main>, so their content sits in a landmark like the rest of the page. */
const popupContainer = (trigger?: HTMLElement) => trigger?.closest('main') ?? document.body;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConfigProvider locale={enGB} theme={theme} getPopupContainer={popupContainer}>
        <AntApp component={false}>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
