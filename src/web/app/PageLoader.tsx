import { LoadingState } from '../components/ui/QueryStates';

/** Shown while a page's code or data is on its way. */
export function PageLoader() {
  return <LoadingState />;
}
