// jQuery and jQuery UI ship no types; the widgets demo uses a handful of calls, typed where used.
declare module 'jquery' {
  const jQuery: (selector: string) => { val: (value: string) => void; on: (event: string, handler: () => void) => void };
  export default jQuery;
}
declare module 'jquery-ui/ui/*';
declare module 'select2' {
  const select2: (root: Window, jQuery: unknown) => unknown;
  export default select2;
}
declare module 'select2/dist/css/select2.css';
