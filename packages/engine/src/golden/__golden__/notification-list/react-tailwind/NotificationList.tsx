import { useState } from 'react';

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
      className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[28rem] overflow-hidden border-solid box-border"
      aria-labelledby="notifications-title"
    >
      <header className="border-border py-md px-lg gap-sm border-0 flex items-center justify-between border-solid border-b-(length:--border-width)">
        <div className="gap-sm flex items-center">
          <h2
            className="text-text m-0 font-heading text-lg font-bold leading-tight"
            id="notifications-title"
          >Notifications</h2>
          {!allRead && (
            <span className="text-on-primary bg-primary py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">2 unread</span>
          )}
        </div>
        <button
          className="text-primary bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          disabled={allRead}
          onClick={handleNotificationsMarkAllClick}
        ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg>Mark all as read</button>
      </header>
      <ul className="p-0 m-0 list-none">
        {notificationItems.map((item) => (
          <li
            key={item.id}
            className="border-border border-0 border-solid border-b-(length:--border-width)"
          ><a className="text-text py-md px-lg gap-md font-[family-name:inherit] duration-(--duration-fast) flex items-start no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} onClick={() => handleNotificationLinkClick(item)}><span className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl" aria-hidden="true">{item.initials}</span><span className="gap-xs flex flex-col grow min-w-0"><span className="text-text m-0 font-base text-sm leading-normal"><strong className="font-semibold">{item.actor}</strong> {item.text}</span><span className="text-text m-0 gap-xs font-base text-xs leading-normal flex items-center"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="12" height="12" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" /></svg>{item.time}</span></span>{item.unread && (!allRead && <span className="bg-primary mt-xs rounded-full shrink-0 w-sm h-sm" role="img" aria-label="Unread" />)}</a></li>
        ))}
      </ul>
      <footer className="py-md px-lg text-center"><a className="text-primary rounded-sm font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#notifications">View all notifications</a></footer>
    </section>
  );
}
