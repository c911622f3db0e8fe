import { useState } from 'react';

interface ProfileStatItem {
  id: string;
  value: string;
  label: string;
}

const profileStatItems: ProfileStatItem[] = [
  { id: 'projects', value: '48', label: 'Projects' },
  { id: 'followers', value: '2.4k', label: 'Followers' },
  { id: 'following', value: '312', label: 'Following' },
];

/** Profile card with stats and a follow button */
export interface ProfileCardProps {
  /** @default 'Maya Okafor' */
  name?: string;
  /** @default 'Senior product designer at Northwind' */
  role?: string;
  /** @default 'Follow' */
  cta?: string;
  /** Show the photo instead of the initials @default false */
  showAvatar?: boolean;
  /** @default 'images/maya-okafor.jpg' */
  avatarSrc?: string;
  onFollow?: () => void;
  onMessage?: () => void;
}

/** Profile card with stats and a follow button */
export function ProfileCard({ name = 'Maya Okafor', role = 'Senior product designer at Northwind', cta = 'Follow', showAvatar = false, avatarSrc = 'images/maya-okafor.jpg', onFollow, onMessage }: ProfileCardProps) {
  const [following, setFollowing] = useState(false);

  function handleProfileFollowClick() {
    setFollowing((current) => !current);
    onFollow?.();
  }

  function handleProfileMessageClick() {
    onMessage?.();
  }

  return (
    <article
      className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm flex flex-col max-w-[22rem] overflow-hidden text-center border-solid box-border"
      aria-labelledby="profile-name"
    >
      <div className="bg-primary flex items-end justify-center h-[6rem]">
        {showAvatar ? (
          <img
            className="border-surface rounded-full border-(length:--border-width) shadow-md w-[5rem] h-[5rem] border-solid object-cover translate-y-[50%] box-content"
            src={avatarSrc}
            alt={name}
          />
        ) : (
          <span
            className="text-on-primary bg-primary border-surface rounded-full border-(length:--border-width) shadow-md text-xl/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-[5rem] h-[5rem] border-solid translate-y-[50%] box-content"
            aria-hidden="true"
          >MO</span>
        )}
      </div>
      <div className="py-md px-lg pb-lg gap-md flex flex-col items-center">
        <span className="block h-[2.5rem]" aria-hidden="true" />
        <div className="gap-xs flex flex-col items-center">
          <h3
            className="text-text m-0 font-heading text-xl font-bold leading-tight"
            id="profile-name"
          >{name}</h3>
          <p className="text-text-muted m-0 font-base text-sm leading-normal">{role}</p>
          <p className="text-text-muted m-0 gap-xs font-base text-sm leading-normal flex items-center"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z" /><circle cx="12" cy="9" r="2.5" /></svg>Lisbon, Portugal</p>
        </div>
        <p className="text-text m-0 font-base text-sm leading-normal">Designs systems that scale from one screen to a hundred. Speaker, mentor and tea enthusiast.</p>
        <ul className="border-border p-0 pt-md m-0 border-0 grid grid-cols-3 w-full border-solid border-t-(length:--border-width) list-none box-content">
          {profileStatItems.map((item) => (
            <li key={item.id} className="gap-0 flex flex-col items-center">
              <strong className="text-text m-0 font-heading text-lg font-bold leading-tight">{item.value}</strong>
              <span className="text-text-muted m-0 font-base text-xs leading-normal">{item.label}</span>
            </li>
          ))}
        </ul>
        <div className="gap-sm flex items-center w-full">
          <button
            className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex grow items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-pressed={following}
            onClick={handleProfileFollowClick}
          >{following ? <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg>Following</> : <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>{cta}</>}</button>
          <button
            className="text-primary bg-transparent border-primary py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex grow items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-primary hover:bg-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            onClick={handleProfileMessageClick}
          ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z" /></svg>Message</button>
        </div>
      </div>
    </article>
  );
}
