import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Role, UserView } from './api/types';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageHeading } from './components/PageHeading';
import { I18nProvider, useI18n } from './i18n/i18n';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { LoginPage } from './pages/LoginPage';
import { SetPasswordPage } from './pages/SetPasswordPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { SessionProvider, useSession } from './session/session';

/**
 * Each signed-in screen is its own chunk, loaded when first opened, so signing in or registering
 * does not load the staff screens (decision 0017). The public databank is no part of this
 * application any more: the server renders it (src/public-site/).
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ApplicationPage = lazyPage(() => import('./pages/ApplicationPage'), 'ApplicationPage');
const ApplicationsPage = lazyPage(() => import('./pages/ApplicationsPage'), 'ApplicationsPage');
const CaseloadPage = lazyPage(() => import('./pages/CaseloadPage'), 'CaseloadPage');
const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage');
const TodoPage = lazyPage(() => import('./pages/TodoPage'), 'TodoPage');
const IntakeQueuePage = lazyPage(() => import('./pages/IntakeQueuePage'), 'IntakeQueuePage');
const PipelinePage = lazyPage(() => import('./pages/PipelinePage'), 'PipelinePage');
const ProfilePage = lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage');
const WizardPage = lazyPage(() => import('./pages/WizardPage'), 'WizardPage');
const WerkbladPage = lazyPage(() => import('./pages/WerkbladPage'), 'WerkbladPage');
const DocumentsPage = lazyPage(() => import('./pages/DocumentsPage'), 'DocumentsPage');
const DecisionPage = lazyPage(() => import('./pages/DecisionPage'), 'DecisionPage');
const DossierPage = lazyPage(() => import('./pages/DossierPage'), 'DossierPage');
const ReviewFormPage = lazyPage(() => import('./pages/ReviewFormPage'), 'ReviewFormPage');
const ReviewMaterialPage = lazyPage(() => import('./pages/ReviewMaterialPage'), 'ReviewMaterialPage');
const ReviewsPage = lazyPage(() => import('./pages/ReviewsPage'), 'ReviewsPage');
const PanelPage = lazyPage(() => import('./pages/PanelPage'), 'PanelPage');
const MeetingsPage = lazyPage(() => import('./pages/MeetingsPage'), 'MeetingsPage');
const MeetingPage = lazyPage(() => import('./pages/MeetingPage'), 'MeetingPage');
const AdminPage = lazyPage(() => import('./pages/AdminPage'), 'AdminPage');
const AdminUsersPage = lazyPage(() => import('./pages/AdminUsersPage'), 'AdminUsersPage');
const AdminNewUserPage = lazyPage(() => import('./pages/AdminNewUserPage'), 'AdminNewUserPage');
const AdminUserPage = lazyPage(() => import('./pages/AdminUserPage'), 'AdminUserPage');
const AdminCommitteesPage = lazyPage(() => import('./pages/AdminCommitteesPage'), 'AdminCommitteesPage');
const AdminCommitteePage = lazyPage(() => import('./pages/AdminCommitteePage'), 'AdminCommitteePage');
const AdminCommitteeSettingsPage = lazyPage(() => import('./pages/AdminCommitteeSettingsPage'), 'AdminCommitteeSettingsPage');
const AdminThemesPage = lazyPage(() => import('./pages/AdminThemesPage'), 'AdminThemesPage');
const AdminReviewersPage = lazyPage(() => import('./pages/AdminReviewersPage'), 'AdminReviewersPage');
const AdminMailTemplatesPage = lazyPage(() => import('./pages/AdminMailTemplatesPage'), 'AdminMailTemplatesPage');
const AdminMailTemplatePage = lazyPage(() => import('./pages/AdminMailTemplatePage'), 'AdminMailTemplatePage');
const AdminStatementsPage = lazyPage(() => import('./pages/AdminStatementsPage'), 'AdminStatementsPage');
const AdminStuckThresholdsPage = lazyPage(() => import('./pages/AdminStuckThresholdsPage'), 'AdminStuckThresholdsPage');
const AdminImportPage = lazyPage(() => import('./pages/AdminImportPage'), 'AdminImportPage');
const AdminPrivacyPage = lazyPage(() => import('./pages/AdminPrivacyPage'), 'AdminPrivacyPage');
const AdminReviewerPage = lazyPage(() => import('./pages/AdminReviewerPage'), 'AdminReviewerPage');
const InsightPage = lazyPage(() => import('./pages/InsightPage'), 'InsightPage');

/** Where each role starts after signing in. */
export function homePath(user: UserView): string {
  if (user.roles.every((role) => role === 'admin')) return '/beheer';
  if (user.roles.includes('secretary')) return '/pijplijn';
  if (user.roles.includes('coach') && !user.roles.includes('owner')) return '/begeleiding';
  if (user.roles.includes('reviewer') && !user.roles.includes('owner')) return '/beoordelingen';
  if ((user.roles.includes('chair') || user.roles.includes('committee_member')) && !user.roles.includes('owner')) return '/vergaderingen';
  return '/aanmeldingen';
}

function Pending() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t.app.name}</PageHeading>
      <Loading />
    </>
  );
}

/** Signed-in pages; `roles` narrows to users with one of those roles (others see "not found"). */
function RequireUser({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Pending />;
  if (user === null) return <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.some((role) => user.roles.includes(role))) return <NotFoundPage />;
  return <>{children}</>;
}

/** Shows the page heading and a loading notice while a screen's chunk arrives. */
function LazyOutlet() {
  return (
    <Suspense fallback={<Pending />}>
      <Outlet />
    </Suspense>
  );
}

function Home() {
  const { user } = useSession();
  if (user === undefined) return <Pending />;
  return <Navigate to={user ? homePath(user) : '/inloggen'} replace />;
}

/** The routes are Dutch words, so they never collide with the API's paths on the same origin. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route element={<LazyOutlet />}>
              <Route index element={<Home />} />
              <Route path="inloggen" element={<LoginPage />} />
              <Route path="registreren" element={<RegisterPage />} />
              <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
              <Route path="wachtwoord-instellen" element={<SetPasswordPage />} />
              <Route path="profiel" element={<RequireUser><ProfilePage /></RequireUser>} />
              <Route path="aanmeldingen" element={<RequireUser><ApplicationsPage /></RequireUser>} />
              <Route path="aanmeldingen/nieuw" element={<RequireUser roles={['owner']}><WizardPage /></RequireUser>} />
              <Route path="aanmeldingen/:id" element={<RequireUser><ApplicationPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/bewerken/:step?" element={<RequireUser roles={['owner']}><WizardPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/werkblad" element={<RequireUser><WerkbladPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/documenten" element={<RequireUser><DocumentsPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/besluit" element={<RequireUser><DecisionPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/dossier" element={<RequireUser roles={['secretary', 'chair', 'committee_member']}><DossierPage /></RequireUser>} />
              <Route path="pijplijn" element={<RequireUser roles={['secretary']}><PipelinePage /></RequireUser>} />
              <Route path="intake" element={<RequireUser roles={['secretary']}><IntakeQueuePage /></RequireUser>} />
              <Route path="begeleiding" element={<RequireUser roles={['coach']}><CaseloadPage /></RequireUser>} />
              <Route path="meldingen" element={<RequireUser><NotificationsPage /></RequireUser>} />
              <Route path="beoordelingen" element={<RequireUser roles={['reviewer']}><ReviewsPage /></RequireUser>} />
              <Route path="beoordelingen/:applicationId" element={<RequireUser roles={['reviewer']}><ReviewFormPage /></RequireUser>} />
              <Route path="beoordelingen/:applicationId/dossier" element={<RequireUser roles={['reviewer']}><ReviewMaterialPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/panel" element={<RequireUser roles={['secretary']}><PanelPage /></RequireUser>} />
              <Route path="vergaderingen" element={<RequireUser roles={['secretary', 'chair', 'committee_member', 'admin']}><MeetingsPage /></RequireUser>} />
              <Route path="vergaderingen/:id" element={<RequireUser roles={['secretary', 'chair', 'committee_member', 'admin']}><MeetingPage /></RequireUser>} />
              <Route path="taken" element={<RequireUser><TodoPage /></RequireUser>} />
              <Route path="inzicht" element={<RequireUser roles={['secretary', 'chair', 'committee_member', 'admin']}><InsightPage /></RequireUser>} />
              <Route path="beheer" element={<RequireUser roles={['admin', 'secretary']}><AdminPage /></RequireUser>} />
              <Route path="beheer/gebruikers" element={<RequireUser roles={['admin']}><AdminUsersPage /></RequireUser>} />
              <Route path="beheer/gebruikers/nieuw" element={<RequireUser roles={['admin']}><AdminNewUserPage /></RequireUser>} />
              <Route path="beheer/gebruikers/:id" element={<RequireUser roles={['admin']}><AdminUserPage /></RequireUser>} />
              <Route path="beheer/commissies" element={<RequireUser roles={['admin']}><AdminCommitteesPage /></RequireUser>} />
              <Route path="beheer/commissies/nieuw" element={<RequireUser roles={['admin']}><AdminCommitteePage /></RequireUser>} />
              <Route path="beheer/commissies/:id" element={<RequireUser roles={['admin']}><AdminCommitteePage /></RequireUser>} />
              <Route path="beheer/commissies/:id/procedure" element={<RequireUser roles={['admin']}><AdminCommitteeSettingsPage /></RequireUser>} />
              <Route path="beheer/themas" element={<RequireUser roles={['admin']}><AdminThemesPage /></RequireUser>} />
              <Route path="beheer/e-mailteksten" element={<RequireUser roles={['admin']}><AdminMailTemplatesPage /></RequireUser>} />
              <Route path="beheer/e-mailteksten/:template" element={<RequireUser roles={['admin']}><AdminMailTemplatePage /></RequireUser>} />
              <Route path="beheer/verklaringen" element={<RequireUser roles={['admin']}><AdminStatementsPage /></RequireUser>} />
              <Route path="beheer/vastgelopen" element={<RequireUser roles={['admin']}><AdminStuckThresholdsPage /></RequireUser>} />
              <Route path="beheer/import" element={<RequireUser roles={['admin']}><AdminImportPage /></RequireUser>} />
              <Route path="beheer/privacy" element={<RequireUser roles={['admin']}><AdminPrivacyPage /></RequireUser>} />
              <Route path="beheer/beoordelaars" element={<RequireUser roles={['admin', 'secretary']}><AdminReviewersPage /></RequireUser>} />
              <Route path="beheer/beoordelaars/:userId" element={<RequireUser roles={['admin', 'secretary']}><AdminReviewerPage /></RequireUser>} />
              <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
