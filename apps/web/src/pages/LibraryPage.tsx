import { useT, useTitle } from '../app/prefs';

export default function LibraryPage() {
  const t = useT();
  useTitle(t('library.title'));
  return (
    <div className="container page">
      <h1>{t('library.title')}</h1>
    </div>
  );
}
