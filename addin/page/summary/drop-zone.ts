import { pickedFromDrop, type PickedFile } from './pick-files.js';

/**
 * Makes `zone` take dropped files and folders: marked while something is dragged over it, and on a
 * drop the files read (a folder's files included) and handed to `take`, with whether a folder was
 * dropped. A browser that gives the folder but not its contents (some refuse a folder from certain
 * places) rejects: `failed` gets the error.
 */
export function wireDropZone(zone: HTMLElement, take: (picked: PickedFile[], folder: boolean) => void, failed: (error: unknown) => void): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    if (!event.dataTransfer) return;
    const folder = Array.prototype.some.call(event.dataTransfer.items ?? [], (item: DataTransferItem) => item.webkitGetAsEntry?.()?.isDirectory);
    pickedFromDrop(event.dataTransfer).then((picked) => take(picked, folder), failed);
  });
}
