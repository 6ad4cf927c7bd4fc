export * from '@goldenthread/charts/bars';
