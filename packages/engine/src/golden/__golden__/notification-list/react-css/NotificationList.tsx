import { useState } from 'react';
import './NotificationList.css';

interface NotificationItem {
  id: string;
  href: string;
  actor: string;
  initials: string;
  text: string;
  time: string;
  unread: boolean;
}

const notificationItems: NotificationItem[] = [
  { id: 'n1', href: '#notification-1', actor: 'Maya Okafor', initials: 'MO', text: 'commented on Pricing table v3', time: '2 min ago', unread: true },
  { id: 'n2', href: '#notification-2', actor: 'Daniel Reyes', initials: 'DR', text: 'approved the new baseline for Navbar', time: '1 h ago', unread: true },
  { id: 'n3', href: '#notification-3', actor: 'Aiko Tanaka', initials: 'AT', text: 'invited you to the Marketing site project', time: '3 h ago', unread: false },
  { id: 'n4', href: '#notification-4', actor: 'Build bot', initials: 'BB', text: 'found 2 visual changes in Checkout', time: 'Yesterday', unread: false },
];

/** Notification list */
export interface NotificationListProps {
  onMarkAllRead?: () => void;
  onOpen?: (payload: string) => void;
}

/** Notification list */
export function NotificationList({ onMarkAllRead, onOpen }: NotificationListProps) {
  const [allRead, setAllRead] = useState(false);

  function handleNotificationsMarkAllClick() {
    setAllRead(true);
    onMarkAllRead?.();
  }

  function handleNotificationLinkClick(item: NotificationItem) {
    onOpen?.(item.id);
  }

  return (
    <section
      className="notification-list__notifications"
      aria-labelledby="notifications-title"
    >
      <header className="notification-list__notifications-header">
        <div className="notification-list__notifications-heading">
          <h2 className="notification-list__notifications-title" id="notifications-title">Notifications</h2>
          {!allRead && (
            <span className="notification-list__notifications-count">2 unread</span>
          )}
        </div>
        <button
          className="notification-list__notifications-mark-all"
          type="button"
          disabled={allRead}
          onClick={handleNotificationsMarkAllClick}
        ><svg className="notification-list__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="notification-list__path-1" d="M20 6 9 17l-5-5" /></svg>Mark all as read</button>
      </header>
      <ul className="notification-list__notifications-list">
        {notificationItems.map((item) => (
          <li key={item.id} className="notification-list__notification"><a className="notification-list__notification-link" href={item.href} onClick={() => handleNotificationLinkClick(item)}><span className="notification-list__notification-avatar" aria-hidden="true">{item.initials}</span><span className="notification-list__notification-body"><span className="notification-list__notification-text"><strong className="notification-list__notification-actor">{item.actor}</strong> {item.text}</span><span className="notification-list__notification-time"><svg className="notification-list__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="12" height="12" aria-hidden="true"><circle className="notification-list__circle-1" cx="12" cy="12" r="9" /><path className="notification-list__path-2" d="M12 7v5l3 2" /></svg>{item.time}</span></span>{item.unread && (!allRead && <span className="notification-list__notification-unread" role="img" aria-label="Unread" />)}</a></li>
        ))}
      </ul>
      <footer className="notification-list__notifications-footer"><a className="notification-list__notifications-view-all" href="#notifications">View all notifications</a></footer>
    </section>
  );
}
