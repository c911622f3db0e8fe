import { useT, useTitle } from '../app/prefs';

export default function PricingPage() {
  const t = useT();
  useTitle(t('pricing.title'));
  return (
    <div className="container page">
      <h1>{t('pricing.title')}</h1>
    </div>
  );
}
