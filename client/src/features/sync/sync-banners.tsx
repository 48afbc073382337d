import { Link } from 'wouter';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { useDocOwner } from '../../lib/library-doc-context.tsx';
import { useDeviceSession, useSourceValue } from './device-session-context.tsx';
import { GuestMergeDialog } from './guest-merge-dialog.tsx';
import './sync.css';

/** CSYNC5, CSYNC9: a session that ended (sign in again; edits stay) and notices from the server. */
export function SyncBanners() {
  const device = useDeviceSession();
  const owner = useDocOwner();
  const ended = useSourceValue(device.sessionEnded);
  const notice = useSourceValue(device.notice);
  return (
    <>
      {ended && owner !== 'guest' && (
        <div className="banner banner-warning" role="alert" data-testid="session-ended-banner">
          <strong>Signed out.</strong> Your session has ended, so changes are not syncing. They are kept on this device.{' '}
          <Link href={authPages.signIn} className="banner-action">
            Sign in again
          </Link>
        </div>
      )}
      {notice !== null && (
        <div className="banner banner-info" role="status">
          {notice}{' '}
          <button type="button" className="banner-action" onClick={() => device.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
      <GuestMergeDialog />
    </>
  );
}
