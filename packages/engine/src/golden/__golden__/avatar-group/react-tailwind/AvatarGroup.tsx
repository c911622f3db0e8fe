
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
    <div className="gap-md font-base flex flex-wrap items-center">
      <ul
        className="p-0 m-0 grid items-center grid-cols-[repeat(6,1.875rem)] list-none"
        aria-label="Project members"
      >
        {avatarItems.map((item) => (
          <li key={item.id} className="flex">
            {item.tone === 'primary' ? (
              <span
                className="text-on-primary bg-primary border-surface rounded-full border-(length:--border-width) shadow-sm text-xs/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-[2.5rem] h-[2.5rem] border-solid box-content"
                title={item.name}
                role="img"
                aria-label={item.name}
              >{item.initials}</span>
            ) : (
              <>
                {item.tone === 'raised' ? (
                  <span
                    className="text-text bg-surface-muted border-surface rounded-full border-(length:--border-width) shadow-sm text-xs/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-[2.5rem] h-[2.5rem] border-solid box-content"
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                  >{item.initials}</span>
                ) : (
                  <span
                    className="text-on-secondary bg-secondary border-surface rounded-full border-(length:--border-width) shadow-sm text-xs/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-[2.5rem] h-[2.5rem] border-solid box-content"
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                  >{item.initials}</span>
                )}
              </>
            )}
          </li>
        ))}
        <li className="flex">
          <a
            className="text-text bg-surface-muted border-surface rounded-full border-(length:--border-width) shadow-sm font-[family-name:inherit] text-xs/[inherit] font-semibold duration-(--duration-fast) inline-flex shrink-0 items-center justify-center w-[2.5rem] h-[2.5rem] no-underline border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-content hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#members"
            aria-label="and 7 more people"
          >+7</a>
        </li>
      </ul>
      <p className="text-text-muted m-0 font-base text-sm leading-normal">12 people are working on this project</p>
    </div>
  );
}
