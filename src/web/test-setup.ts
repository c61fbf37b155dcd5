import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test renders into a fresh document; storage starts empty, so the language is Russian.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
