import './AvatarGroup.css';

interface AvatarItem {
  id: string;
  name: string;
  initials: string;
  tone: string;
}

const avatarItems: AvatarItem[] = [
  { id: 'person1', name: 'Maya Okafor', initials: 'MO', tone: 'primary' },
  { id: 'person2', name: 'Daniel Reyes', initials: 'DR', tone: 'raised' },
  { id: 'person3', name: 'Aiko Tanaka', initials: 'AT', tone: 'secondary' },
  { id: 'person4', name: 'Liam Novak', initials: 'LN', tone: 'primary' },
  { id: 'person5', name: 'Sara Lindqvist', initials: 'SL', tone: 'raised' },
];

/** Avatar group */
export function AvatarGroup() {
  return (
    <div className="avatar-group__avatar-group">
      <ul className="avatar-group__avatar-list" aria-label="Project members">
        {avatarItems.map((item) => (
          <li key={item.id} className="avatar-group__avatar-item">
            {item.tone === 'primary' ? (
              <span
                className="avatar-group__avatar-primary"
                title={item.name}
                role="img"
                aria-label={item.name}
              >{item.initials}</span>
            ) : (
              <>
                {item.tone === 'raised' ? (
                  <span
                    className="avatar-group__avatar-raised"
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                  >{item.initials}</span>
                ) : (
                  <span
                    className="avatar-group__avatar-secondary"
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                  >{item.initials}</span>
                )}
              </>
            )}
          </li>
        ))}
        <li className="avatar-group__avatar-more-item">
          <a className="avatar-group__avatar-more" href="#members" aria-label="and 7 more people">+7</a>
        </li>
      </ul>
      <p className="avatar-group__avatar-caption">12 people are working on this project</p>
    </div>
  );
}
