/** Dispatched on `document` by a target's mount code once its component is in the DOM. */
export const MOUNTED_EVENT = 'anclora:mounted';
