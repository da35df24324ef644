/** Registers `<cl-dataset-item>`. */
import { DatasetItemElement, type MapDatasetEvent, type RemoveDatasetEvent } from './dataset-item.component';

if (!customElements.get('cl-dataset-item')) customElements.define('cl-dataset-item', DatasetItemElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-dataset-item': DatasetItemElement;
  }
  interface HTMLElementEventMap {
    'cl-map-dataset': MapDatasetEvent;
    'cl-remove-dataset': RemoveDatasetEvent;
  }
}

export { DatasetItemElement };
