package be.atrium.platform.web;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Provider;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atrium runs as several nodes that share the HTTP sessions (web.xml {@code <distributable/>}):
 * everything a session holds, the view-scoped beans of the pages included (server-side state
 * saving keeps them in the session), is serialised to the data grid and read back on another
 * node. Over the compiled classes: every bean of a passivating scope is {@code Serializable}, and
 * each of its fields that travels (neither static nor transient) is a primitive, a Serializable
 * type, a normal-scoped bean injected with {@code @Inject} (its client proxy travels, not the
 * bean), or a collection or map whose declared element types are Serializable; Atrium's own value
 * classes reached this way (entities, records, rows of a list) are checked field by field in turn.
 * Each failure names the bean and the path of fields to the type that does not travel. The round
 * trip of real session content is {@code be.atrium.home.SessionReplicationBrowserIT}.
 */
class DistributableSessionTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

    /** Built-in beans of the container whose injected references are serialisable by CDI. */
    private static final List<Class<?>> BUILT_IN = List.of(Event.class, Instance.class, Provider.class);

    @Test
    void everyBeanOfAPassivatingScopeTravelsWithTheSession() {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() >= 30, "the scan found the beans of the pages: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            problems.addAll(new Audit(bean).run());
        }
        assertTrue(problems.isEmpty(), "Session content that does not serialise ("
                + problems.size() + "):\n" + String.join("\n", problems));
    }

    /** The audit itself catches what the beans must not hold (proves the test can fail). */
    @Test
    void namesTheBeanAndFieldThatDoNotTravel() {
        List<String> problems = new Audit(Unfit.class).run();
        String all = String.join("\n", problems);
        assertTrue(all.contains("Unfit.chosen: java.util.Optional"), all);
        assertTrue(all.contains("Unfit.rows: java.util.List<java.lang.Object>"), all);
        assertTrue(all.contains("Unfit.value.thread: java.lang.Thread"), all);
        assertTrue(all.contains("Unfit.check: java.util.function.Supplier"), all);
        assertTrue(all.contains("Unfit.pending: java.util.Map<java.lang.Long, java.io.InputStream>"), all);
        assertTrue(all.contains("Unfit.helper: a @Dependent bean"), all);
        assertTrue(problems.stream().noneMatch(p -> p.contains(".proxied") || p.contains(".names")
                || p.contains(".cached") || p.contains(".count")), all);
        assertTrue(new Audit(NotSerializable.class).run().get(0).contains("NotSerializable is not Serializable"));
    }

    /** Every class of the application (target/classes, not the tests) with a passivating scope. */
    private static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes().relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, DistributableSessionTest.class.getClassLoader());
                if (PASSIVATING.stream().anyMatch(type::isAnnotationPresent)) {
                    beans.add(type);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        beans.sort(Comparator.comparing(Class::getName));
        return beans;
    }

    private static Path classes() {
        try {
            return Path.of(LocaleBean.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks one bean's travelling fields and what they reach in Atrium's own classes. */
    private static final class Audit {

        private final Class<?> bean;
        private final Set<Class<?>> seen = new HashSet<>();
        private final List<String> problems = new ArrayList<>();

        Audit(Class<?> bean) {
            this.bean = bean;
        }

        List<String> run() {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName());
            return problems;
        }

        private void fields(Class<?> type, String path) {
            if (!seen.add(type)) {
                return;
            }
            for (Class<?> c = type; c != null && own(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    String at = path + "." + field.getName();
                    if (field.isAnnotationPresent(Inject.class)) {
                        injected(field, at);
                    } else {
                        type(field.getGenericType(), at, field.getGenericType());
                    }
                }
            }
        }

        private void injected(Field field, String at) {
            Class<?> type = field.getType();
            if (normalScoped(type) || BUILT_IN.contains(type)) {
                return;
            }
            if (!own(type) || !Serializable.class.isAssignableFrom(type)) {
                problems.add(bean.getName() + ": " + at + ": a @Dependent bean " + type.getName()
                        + " that is not Serializable (make it normal-scoped, Serializable or transient)");
                return;
            }
            fields(type, at);
        }

        private void type(Type type, String at, Type declared) {
            if (type instanceof Class<?> c) {
                if (c.isPrimitive() || c.isEnum()) {
                    return;
                }
                if (c.isArray()) {
                    type(c.getComponentType(), at, declared);
                    return;
                }
                if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
                    return; // a raw collection; its elements are named where it is parameterised
                }
                if (!Serializable.class.isAssignableFrom(c)) {
                    problem(at, declared);
                } else if (own(c)) {
                    fields(c, at);
                }
            } else if (type instanceof ParameterizedType p) {
                type(p.getRawType(), at, declared);
                for (Type argument : p.getActualTypeArguments()) {
                    type(argument, at, declared);
                }
            } else if (type instanceof GenericArrayType a) {
                type(a.getGenericComponentType(), at, declared);
            } else if (type instanceof WildcardType w) {
                Arrays.stream(w.getUpperBounds()).forEach(b -> type(b, at, declared));
            } else if (type instanceof TypeVariable<?> v) {
                Arrays.stream(v.getBounds()).forEach(b -> type(b, at, declared));
            }
        }

        private void problem(String at, Type declared) {
            String message = bean.getName() + ": " + at + ": " + declared.getTypeName() + " is not Serializable";
            if (!problems.contains(message)) {
                problems.add(message);
            }
        }

        private static boolean own(Class<?> type) {
            return type.getName().startsWith("be.atrium.");
        }

        private static boolean normalScoped(Class<?> type) {
            return Arrays.stream(type.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
        }
    }

    // What a bean must not hold, for namesTheBeanAndFieldThatDoNotTravel.

    @ViewScoped
    static class Unfit implements Serializable {
        @Inject
        Proxied proxied;
        @Inject
        Helper helper;
        Optional<String> chosen;
        List<Object> rows;
        List<String> names;
        Value value;
        Supplier<String> check;
        Map<Long, InputStream> pending;
        transient InputStream cached;
        int count;
    }

    @RequestScoped
    static class Proxied {
    }

    static class Helper {
    }

    record Value(String name, Thread thread) implements Serializable {
    }

    @SessionScoped
    static class NotSerializable {
    }
}
