import { useState } from 'react';
import './ProfileCard.css';

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
    <article className="profile-card__profile" aria-labelledby="profile-name">
      <div className="profile-card__profile-cover">
        {showAvatar ? <img className="profile-card__profile-avatar-image" src={avatarSrc} alt={name} /> : <span className="profile-card__profile-avatar" aria-hidden="true">MO</span>}
      </div>
      <div className="profile-card__profile-body">
        <span className="profile-card__profile-spacer" aria-hidden="true" />
        <div className="profile-card__profile-identity">
          <h3 className="profile-card__profile-name" id="profile-name">{name}</h3>
          <p className="profile-card__profile-role">{role}</p>
          <p className="profile-card__profile-location"><svg className="profile-card__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="profile-card__path-1" d="M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z" /><circle className="profile-card__circle-1" cx="12" cy="9" r="2.5" /></svg>Lisbon, Portugal</p>
        </div>
        <p className="profile-card__profile-bio">Designs systems that scale from one screen to a hundred. Speaker, mentor and tea enthusiast.</p>
        <ul className="profile-card__profile-stats">
          {profileStatItems.map((item) => (
            <li key={item.id} className="profile-card__profile-stat">
              <strong className="profile-card__profile-stat-value">{item.value}</strong>
              <span className="profile-card__profile-stat-label">{item.label}</span>
            </li>
          ))}
        </ul>
        <div className="profile-card__profile-actions">
          <button
            className="profile-card__profile-follow"
            type="button"
            aria-pressed={following}
            onClick={handleProfileFollowClick}
          >{following ? <><svg className="profile-card__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="profile-card__path-2" d="M20 6 9 17l-5-5" /></svg>Following</> : <><svg className="profile-card__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="profile-card__path-3" d="M12 5v14M5 12h14" /></svg>{cta}</>}</button>
          <button
            className="profile-card__profile-message"
            type="button"
            onClick={handleProfileMessageClick}
          ><svg className="profile-card__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="profile-card__path-4" d="M4 5h16v11H9l-5 4z" /></svg>Message</button>
        </div>
      </div>
    </article>
  );
}
