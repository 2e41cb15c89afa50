import { HeadlinesView } from '../../components/HeadlinesView';

export function App() {
  return <HeadlinesView />;
}
