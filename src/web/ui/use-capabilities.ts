import { useEffect, useState } from 'react';
import { type Capabilities, loadCapabilities } from '../endpoints/capabilities.ts';

/** The optional features the server documents; null while the document loads. */
export function useCapabilities(): Capabilities | null {
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  useEffect(() => {
    let live = true;
    void loadCapabilities().then((loaded) => live && setCapabilities(loaded));
    return () => {
      live = false;
    };
  }, []);
  return capabilities;
}
