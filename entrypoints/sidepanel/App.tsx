import { SidePanelView } from '../../components/SidePanelView';

export function App() {
  return <SidePanelView />;
}
