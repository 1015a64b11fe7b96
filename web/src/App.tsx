import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import type { Role, UserView } from './api/types';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageHeading } from './components/PageHeading';
import { I18nProvider, useI18n } from './i18n/i18n';
import { ApplicationPage } from './pages/ApplicationPage';
import { ApplicationsPage } from './pages/ApplicationsPage';
import { CaseloadPage } from './pages/CaseloadPage';
import { DatabankSearchPage } from './pages/DatabankSearchPage';
import { InterventionPage } from './pages/InterventionPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { TodoPage } from './pages/TodoPage';
import { IntakeQueuePage } from './pages/IntakeQueuePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PipelinePage } from './pages/PipelinePage';
import { ProfilePage } from './pages/ProfilePage';
import { RegisterPage } from './pages/RegisterPage';
import { WizardPage } from './pages/WizardPage';
import { WerkbladPage } from './pages/WerkbladPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { DecisionPage } from './pages/DecisionPage';
import { DossierPage } from './pages/DossierPage';
import { ReviewFormPage } from './pages/ReviewFormPage';
import { ReviewMaterialPage } from './pages/ReviewMaterialPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { PanelPage } from './pages/PanelPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { MeetingPage } from './pages/MeetingPage';
import { AdminPage } from './pages/AdminPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { AdminNewUserPage } from './pages/AdminNewUserPage';
import { AdminUserPage } from './pages/AdminUserPage';
import { AdminCommitteesPage } from './pages/AdminCommitteesPage';
import { AdminCommitteePage } from './pages/AdminCommitteePage';
import { AdminThemesPage } from './pages/AdminThemesPage';
import { AdminMailTemplatesPage } from './pages/AdminMailTemplatesPage';
import { AdminMailTemplatePage } from './pages/AdminMailTemplatePage';
import { AdminReviewersPage } from './pages/AdminReviewersPage';
import { AdminReviewerPage } from './pages/AdminReviewerPage';
import { SessionProvider, useSession } from './session/session';

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
              <Route index element={<Home />} />
              <Route path="inloggen" element={<LoginPage />} />
              <Route path="registreren" element={<RegisterPage />} />
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
              <Route path="interventies" element={<DatabankSearchPage />} />
              <Route path="interventies/:slug" element={<InterventionPage />} />
              <Route path="meldingen" element={<RequireUser><NotificationsPage /></RequireUser>} />
              <Route path="beoordelingen" element={<RequireUser roles={['reviewer']}><ReviewsPage /></RequireUser>} />
              <Route path="beoordelingen/:applicationId" element={<RequireUser roles={['reviewer']}><ReviewFormPage /></RequireUser>} />
              <Route path="beoordelingen/:applicationId/dossier" element={<RequireUser roles={['reviewer']}><ReviewMaterialPage /></RequireUser>} />
              <Route path="aanmeldingen/:id/panel" element={<RequireUser roles={['secretary']}><PanelPage /></RequireUser>} />
              <Route path="vergaderingen" element={<RequireUser roles={['secretary', 'chair', 'committee_member', 'admin']}><MeetingsPage /></RequireUser>} />
              <Route path="vergaderingen/:id" element={<RequireUser roles={['secretary', 'chair', 'committee_member', 'admin']}><MeetingPage /></RequireUser>} />
              <Route path="taken" element={<RequireUser><TodoPage /></RequireUser>} />
              <Route path="beheer" element={<RequireUser roles={['admin', 'secretary']}><AdminPage /></RequireUser>} />
              <Route path="beheer/gebruikers" element={<RequireUser roles={['admin']}><AdminUsersPage /></RequireUser>} />
              <Route path="beheer/gebruikers/nieuw" element={<RequireUser roles={['admin']}><AdminNewUserPage /></RequireUser>} />
              <Route path="beheer/gebruikers/:id" element={<RequireUser roles={['admin']}><AdminUserPage /></RequireUser>} />
              <Route path="beheer/commissies" element={<RequireUser roles={['admin']}><AdminCommitteesPage /></RequireUser>} />
              <Route path="beheer/commissies/nieuw" element={<RequireUser roles={['admin']}><AdminCommitteePage /></RequireUser>} />
              <Route path="beheer/commissies/:id" element={<RequireUser roles={['admin']}><AdminCommitteePage /></RequireUser>} />
              <Route path="beheer/themas" element={<RequireUser roles={['admin']}><AdminThemesPage /></RequireUser>} />
              <Route path="beheer/e-mailteksten" element={<RequireUser roles={['admin']}><AdminMailTemplatesPage /></RequireUser>} />
              <Route path="beheer/e-mailteksten/:template" element={<RequireUser roles={['admin']}><AdminMailTemplatePage /></RequireUser>} />
              <Route path="beheer/beoordelaars" element={<RequireUser roles={['admin', 'secretary']}><AdminReviewersPage /></RequireUser>} />
              <Route path="beheer/beoordelaars/:userId" element={<RequireUser roles={['admin', 'secretary']}><AdminReviewerPage /></RequireUser>} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
