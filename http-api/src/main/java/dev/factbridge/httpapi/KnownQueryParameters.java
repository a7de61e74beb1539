package dev.factbridge.httpapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query parameters of every endpoint are checked before the endpoint sees them (their encoding was checked
 * before, by {@link QueryStringGuard}):
 * <ul>
 *   <li>each parameter may appear once (which of {@code size=1&size=2} was meant?);</li>
 *   <li>a parameter the endpoint does not declare is a 400, not silently ignored: {@code ?sise=5} would otherwise
 *   return a plausible answer to a question nobody asked. The declared names are read once from the matched
 *   resource method's {@code @QueryParam}/{@code @RestQuery} parameters (and {@code @BeanParam} fields).</li>
 * </ul>
 */
public class KnownQueryParameters {
    private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (p.getValue().size() > 1) {
                return ApiErrors.json(400, "repeated_parameter", "query parameter " + p.getKey() + " is given "
                        + p.getValue().size() + " times; give it once");
            }
        }
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(known);
        if (unknown.isEmpty()) {
            return null;
        }
        String allowed = known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known));
        return ApiErrors.json(400, "unknown_parameter",
                "unknown query parameter(s): " + String.join(", ", unknown) + "; this endpoint takes: " + allowed);
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof RestQuery q) {
                    names.add(q.value().isEmpty() ? method.getParameters()[i].getName() : q.value());
                } else if (a instanceof BeanParam) {
                    for (Field f : types[i].getDeclaredFields()) {
                        QueryParam q = f.getAnnotation(QueryParam.class);
                        if (q != null) {
                            names.add(q.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
