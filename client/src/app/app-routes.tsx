import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { paths } from '../config/paths.ts';
import { LibraryPage } from '../features/library/library-page.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// The library is the first screen; every other page loads on demand to keep the first load small.
const SongPage = lazy(() => import('../features/song/song-page.tsx').then((m) => ({ default: m.SongPage })));
const PracticePage = lazy(() =>
  import('../features/practice/practice-page.tsx').then((m) => ({ default: m.PracticePage })),
);
const MetronomePage = lazy(() =>
  import('../features/metronome-page/metronome-page.tsx').then((m) => ({ default: m.MetronomePage })),
);
const PracticeLogPage = lazy(() =>
  import('../features/practice-log/practice-log-page.tsx').then((m) => ({ default: m.PracticeLogPage })),
);
const ImportExportPage = lazy(() =>
  import('../features/import-export/import-export-page.tsx').then((m) => ({ default: m.ImportExportPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);

const SignInPage = lazy(() => import('../features/auth/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('../features/auth/sign-up-page.tsx').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/forgot-password-page.tsx').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/auth/reset-password-page.tsx').then((m) => ({ default: m.ResetPasswordPage })),
);
const VerifyEmailPage = lazy(() =>
  import('../features/auth/verify-email-page.tsx').then((m) => ({ default: m.VerifyEmailPage })),
);
const SharedSongPage = lazy(() =>
  import('../features/shared-song/shared-song-page.tsx').then((m) => ({ default: m.SharedSongPage })),
);
const AccountPage = lazy(() => import('../features/account/account-page.tsx').then((m) => ({ default: m.AccountPage })));

/** Maps URLs to pages. */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path={paths.library.pattern} component={LibraryPage} />
        <Route path={paths.song.pattern}>{(params) => <SongPage songId={params.id} />}</Route>
        <Route path={paths.practice.pattern}>{(params) => <PracticePage songId={params.id} />}</Route>
        <Route path={paths.metronome.pattern} component={MetronomePage} />
        <Route path={paths.practiceLog.pattern} component={PracticeLogPage} />
        <Route path={paths.importExport.pattern} component={ImportExportPage} />
        <Route path={paths.settings.pattern} component={SettingsPage} />
        <Route path={paths.signIn.pattern} component={SignInPage} />
        <Route path={paths.signUp.pattern} component={SignUpPage} />
        <Route path={paths.forgotPassword.pattern} component={ForgotPasswordPage} />
        <Route path={paths.resetPassword.pattern} component={ResetPasswordPage} />
        <Route path={paths.verifyEmail.pattern} component={VerifyEmailPage} />
        <Route path={paths.account.pattern} component={AccountPage} />
        <Route path={paths.sharedSong.pattern}>{(params) => <SharedSongPage token={params.token} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
