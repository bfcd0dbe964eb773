// jQuery and jQuery UI ship no types; the widgets demo uses a handful of calls, typed where used.
declare module 'jquery' {
  const jQuery: (selector: string) => { val: (value: string) => void };
  export default jQuery;
}
declare module 'jquery-ui/ui/*';
