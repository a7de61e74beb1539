package dev.factbridge.httpapi;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts {@code Integer}, {@code BigDecimal} and enum parameters so that a value of the wrong kind is a 400 that
 * names the parameter: the JAX-RS default turns a failed conversion of a query or path parameter into a bare 404
 * (Jakarta REST, section 3.2), as if the endpoint did not exist. A blank value counts as absent (null); the range of a
 * value is the endpoint's Bean Validation constraints' business.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, "a whole number", Integer::valueOf);
        }
        if (rawType == BigDecimal.class) {
            // BigDecimal refuses NaN, Infinity and hexadecimal floats.
            return (ParamConverter<T>) new Converter<>(name, "a number", BigDecimal::new);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, rawType.asSubclass(Enum.class));
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        return new Converter<>(name, "one of " + names, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "a parameter";
    }

    private record Converter<T>(String name, String expected, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                // NumberFormatException included; a WebApplicationException is answered as it is (section 3.2).
                throw new BadRequestException(name + " must be " + expected);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
