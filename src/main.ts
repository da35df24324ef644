/**
 * The page's entry. Starts the kernel worker first, so DuckDB's 34 MB wasm downloads and compiles
 * while the UI's code is still loading, then loads and starts the UI.
 */
import { getKernel } from './kernel-client';
// Sets <html data-theme> before anything renders, so the page never flashes the other theme.
import './theme/theme-choice';

void getKernel().init();
void import('./start-app').then(({ startApp }) => startApp());
