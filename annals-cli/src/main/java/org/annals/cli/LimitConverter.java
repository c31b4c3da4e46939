package org.annals.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --limit N}, the same in every command: at most N; 0 for no limit; never negative. */
final class LimitConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number (at most N; 0 for no limit)");
    }
    if (n < 0) {
      throw new TypeConversionException("'" + value + "' is negative (at most N; 0 for no limit)");
    }
    return n == 0 ? Integer.MAX_VALUE : n;
  }
}
