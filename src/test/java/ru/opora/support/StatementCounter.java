package ru.opora.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements (JDBC {@code prepareStatement}, {@code prepareCall},
 * {@code createStatement}) that the current thread sends while {@link #count} runs: JPA
 * and {@code JdbcClient} alike. The data source keeps its class (a subclass proxy), so
 * nothing else in the context notices.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

	/**
	 * Runs the action and answers how many statements this thread sent meanwhile.
	 */
	public static int count(Runnable action) {
		int[] counter = new int[1];
		COUNTER.set(counter);
		try {
			action.run();
		}
		finally {
			COUNTER.remove();
		}
		return counter[0];
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource)) {
					return bean;
				}
				ProxyFactory factory = new ProxyFactory(bean);
				factory.setProxyTargetClass(true);
				factory.addAdvice((MethodInterceptor) (invocation) -> {
					Object result = invocation.proceed();
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
				return factory.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	private static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (STATEMENT_METHODS.contains(method.getName())) {
						int[] counter = COUNTER.get();
						if (counter != null) {
							counter[0]++;
						}
					}
					if (method.getName().equals("unwrap") && args[0] == Connection.class) {
						return proxy;
					}
					try {
						return method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
