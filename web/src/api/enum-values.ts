/**
 * The values of a generated enum, listed for use at run time (a screen's column order, a form's
 * options). The generated types hold no values, so the list is written out; the compiler checks
 * that it names every value of the enum and nothing else.
 */
export function valuesOf<Value extends string>() {
  return <const List extends readonly Value[]>(list: List & ([Value] extends [List[number]] ? unknown : { missing: Exclude<Value, List[number]> })) => list;
}
