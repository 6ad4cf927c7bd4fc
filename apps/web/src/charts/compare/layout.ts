export * from '@goldenthread/charts/compare';
