import { useT, useTitle } from '../app/prefs';

export default function DesignSystemsPage() {
  const t = useT();
  useTitle(t('ds.title'));
  return (
    <div className="container page">
      <h1>{t('ds.title')}</h1>
    </div>
  );
}
